package io.briefcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class HandlesTest {

    @Test
    void caseAtSignAndSurroundingSpaceDoNotMatter() {
        assertEquals("maya.makes", Handles.key("@Maya.Makes"));
        assertEquals("maya.makes", Handles.key("  maya.makes\t"));
        assertEquals("maya.makes", Handles.key(" @ MAYA.MAKES "));
    }

    @Test
    void fullWidthCharactersAreTheSameHandle() {
        assertEquals(Handles.key("@maya"), Handles.key("＠Ｍａｙａ"));
    }

    @Test
    void onlyOneLeadingAtSignIsDroppedAndInnerCharactersStay() {
        assertEquals("@maya", Handles.key("@@maya"));
        assertNotEquals(Handles.key("maya_b"), Handles.key("mayab"));
    }

    @Test
    void missingHandleIsEmpty() {
        assertEquals("", Handles.key(null));
        assertEquals("", Handles.key("  "));
    }
}
