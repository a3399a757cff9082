package io.briefcheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Answers the requests Jetty refuses before briefcheck sees them (malformed, headers too large,
 * ambiguous paths) in the API's own shape: JSON {@code {"message": ...}} with the security headers,
 * instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        WebServer.SECURITY_HEADERS.forEach((k, v) -> fields.put(new HttpField(k, v)));
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        response.setContentType("application/json; charset=utf-8");
        WebServer.SECURITY_HEADERS.forEach(response::setHeader);
        response.getOutputStream().write(body(code, message));
        baseRequest.setHandled(true);
    }

    private static byte[] body(int status, String reason) {
        String message = "The request was refused (" + status + (reason == null ? "" : ": " + reason) + ").";
        try {
            return Json.MAPPER.writeValueAsBytes(Map.of("message", message));
        } catch (JsonProcessingException e) {
            return ("{\"message\":\"Error " + status + "\"}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
