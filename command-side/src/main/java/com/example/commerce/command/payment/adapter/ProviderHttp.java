package com.example.commerce.command.payment.adapter;

import com.example.commerce.command.payment.PaymentGatewayException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** The HTTP plumbing the provider adapters share: one client per provider, timeouts, and answers read as JSON. */
final class ProviderHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String provider;
    private final RestClient client;

    ProviderHttp(String provider, String baseUrl) {
        this(provider, baseUrl, CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    ProviderHttp(String provider, String baseUrl, Duration connectTimeout, Duration readTimeout) {
        this.provider = provider;
        // The JDK client never resends a POST on its own (HttpURLConnection may), so a charge is sent once per call.
        HttpClient httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(readTimeout);
        this.client = RestClient.builder()
                .baseUrl(stripTrailingSlash(baseUrl))
                .requestFactory(requestFactory)
                .build();
    }

    Reply postJson(String operation, String uriTemplate, Map<String, ?> body, Consumer<HttpHeaders> headers,
                   Object... uriVariables) {
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(provider + " " + operation + ": request not serializable", e);
        }
        return send(operation, () -> client.post().uri(uriTemplate, uriVariables).headers(headers)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).body(json)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(),
                        parse(response.getBody().readAllBytes()))));
    }

    Reply postForm(String operation, String uriTemplate, MultiValueMap<String, String> form,
                   Consumer<HttpHeaders> headers, Object... uriVariables) {
        return send(operation, () -> client.post().uri(uriTemplate, uriVariables).headers(headers)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.APPLICATION_JSON).body(form)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(),
                        parse(response.getBody().readAllBytes()))));
    }

    /** An answer the adapter cannot read as a decision: the outcome of the call is unknown. */
    PaymentGatewayException unexpected(String operation, Reply reply, String detail) {
        return new PaymentGatewayException(provider + " " + operation + ": unexpected answer (HTTP " + reply.status()
                + (detail == null ? "" : ", " + detail) + ")");
    }

    private Reply send(String operation, RequestCall call) {
        try {
            return call.send();
        } catch (RestClientException e) {
            // The cause alone: the client's own message carries the request URI, which may hold a payment key.
            Throwable cause = e.getMostSpecificCause();
            throw new PaymentGatewayException(provider + " " + operation + ": no answer ("
                    + cause.getClass().getSimpleName() + ")", cause);
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static String stripTrailingSlash(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @FunctionalInterface
    private interface RequestCall {
        Reply send();
    }

    /** A provider's answer: the HTTP status and the body as JSON, missing when the body was empty or not JSON. */
    record Reply(int status, JsonNode body) {

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /**
         * Whether the provider has not decided yet: a server error, or a 4xx that only says "not now"
         * (timeout, the same idempotency key still in flight, rate limit), after which a charge may still go through.
         */
        boolean isUndecided() {
            return status >= 500 || status == 408 || status == 409 || status == 425 || status == 429;
        }

        boolean isClientError() {
            return status >= 400 && status < 500 && !isUndecided();
        }

        /** A text field of the body, or null when absent, null or empty. */
        String text(String... path) {
            JsonNode node = body;
            for (String field : path) {
                node = node.path(field);
            }
            return node.isValueNode() && !node.isNull() && !node.asText().isEmpty() ? node.asText() : null;
        }

        /** A whole-number field of the body, or null when absent or not a whole number. */
        Long number(String... path) {
            JsonNode node = body;
            for (String field : path) {
                node = node.path(field);
            }
            return node.canConvertToExactIntegral() ? node.asLong() : null;
        }
    }
}
