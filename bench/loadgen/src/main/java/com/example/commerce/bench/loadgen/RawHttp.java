package com.example.commerce.bench.loadgen;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A minimal blocking HTTP/1.1 client over one keep-alive connection, for the measured requests:
 * writes a request, reads the status line, the headers and a Content-Length or chunked body.
 * One connection per load thread. It exists because the JDK's HttpClient cost about 0.5 ms of CPU
 * per request here (a quarter of this 2-core machine at 1,300 requests/s), CPU taken from the
 * servers being measured; this costs a small fraction of that.
 */
final class RawHttp implements Closeable {

    private final String host;
    private final int port;
    private final byte[] hostHeader;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;

    RawHttp(String baseUrl) {
        URI uri = URI.create(baseUrl);
        host = uri.getHost();
        port = uri.getPort() < 0 ? 80 : uri.getPort();
        hostHeader = ("Host: " + host + ":" + port + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The status and body of one exchange; reconnects once if a kept-alive connection was closed. */
    Response post(String path, String headerName, String headerValue, byte[] body) throws IOException {
        byte[] head = ("POST " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] rest = ("Content-Type: application/json\r\n" + headerName + ": " + headerValue + "\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        boolean fresh = socket == null;
        try {
            return exchange(head, rest, body);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            return exchange(head, rest, body);
        }
    }

    private Response exchange(byte[] head, byte[] rest, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
            position = 0;
            limit = 0;
        }
        byte[] request = new byte[head.length + hostHeader.length + rest.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(hostHeader, 0, request, head.length, hostHeader.length);
        System.arraycopy(rest, 0, request, head.length + hostHeader.length, rest.length);
        System.arraycopy(body, 0, request, head.length + hostHeader.length + rest.length, body.length);
        out.write(request);
        out.flush();

        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int contentLength = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase();
            String value = header.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                contentLength = Integer.parseInt(value);
            } else if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
                closeAfter = true;
            }
        }
        byte[] content;
        if (chunked) {
            byte[] all = new byte[0];
            while (true) {
                String sizeLine = line();
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt(semicolon < 0 ? sizeLine.trim() : sizeLine.substring(0, semicolon).trim(), 16);
                if (size == 0) {
                    while (!line().isEmpty()) {
                        // trailers
                    }
                    break;
                }
                int old = all.length;
                all = Arrays.copyOf(all, old + size);
                read(all, old, size);
                line();
            }
            content = all;
        } else if (contentLength >= 0) {
            content = new byte[contentLength];
            read(content, 0, contentLength);
        } else {
            closeAfter = true;
            content = new byte[0];
        }
        if (closeAfter) {
            close();
        }
        return new Response(status, content);
    }

    private int fill() throws IOException {
        if (position == limit) {
            position = 0;
            limit = in.read(buffer, 0, buffer.length);
            if (limit <= 0) {
                limit = 0;
                throw new EOFException("connection closed by the server");
            }
        }
        return limit - position;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            fill();
            byte b = buffer[position++];
            if (b == '\n') {
                int length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') {
                    line.setLength(length - 1);
                }
                return line.toString();
            }
            line.append((char) b);
        }
    }

    private void read(byte[] target, int offset, int length) throws IOException {
        while (length > 0) {
            int n = Math.min(fill(), length);
            System.arraycopy(buffer, position, target, offset, n);
            position += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        socket = null;
    }

    record Response(int status, byte[] body) {
    }
}
