package io.briefcheck.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the build reads once so that no run has to (the bundled rule data, the rules' catalog and which
 * classes each rule matches), written as plain values: maps with text keys, lists, text, numbers, true
 * and false, null. Its own small binary form, because reading 40 KB of Java serialization cost a
 * one-file check about 30 ms, and it reads no classes but these. Maps keep their order; maps and lists
 * come back read-only.
 */
final class Snapshot {

    private static final int MAGIC = 0x42435331; // "BCS1"
    private static final byte NULL = 0, TEXT = 1, INT = 2, LONG = 3, DOUBLE = 4, TRUE = 5, FALSE = 6, LIST = 7, MAP = 8,
            BIG_INTEGER = 9, BIG_DECIMAL = 10;

    private Snapshot() {
    }

    static void write(Object value, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        writeValue(value, out);
    }

    static Object read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) throw new IOException("not a briefcheck snapshot");
        return readValue(in);
    }

    private static void writeValue(Object value, DataOutputStream out) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(TEXT);
            writeText(s, out);
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof BigInteger b) {
            out.writeByte(BIG_INTEGER);
            writeText(b.toString(), out);
        } else if (value instanceof BigDecimal b) {
            out.writeByte(BIG_DECIMAL);
            writeText(b.toString(), out);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) writeValue(item, out);
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) throw new IOException("a snapshot's map keys are text, not " + e.getKey());
                writeText(key, out);
                writeValue(e.getValue(), out);
            }
        } else {
            throw new IOException("a snapshot holds no " + value.getClass().getName() + " (" + value + ")");
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL: return null;
            case TEXT: return readText(in);
            case INT: return in.readInt();
            case LONG: return in.readLong();
            case DOUBLE: return in.readDouble();
            case TRUE: return Boolean.TRUE;
            case FALSE: return Boolean.FALSE;
            case BIG_INTEGER: return new BigInteger(readText(in));
            case BIG_DECIMAL: return new BigDecimal(readText(in));
            case LIST: {
                int n = in.readInt();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) list.add(readValue(in));
                return Collections.unmodifiableList(list);
            }
            case MAP: {
                int n = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>(n * 4 / 3 + 1);
                for (int i = 0; i < n; i++) {
                    String key = readText(in);
                    map.put(key, readValue(in));
                }
                return Collections.unmodifiableMap(map);
            }
            default: throw new IOException("a broken snapshot: value tag " + tag);
        }
    }

    private static void writeText(String s, DataOutputStream out) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
