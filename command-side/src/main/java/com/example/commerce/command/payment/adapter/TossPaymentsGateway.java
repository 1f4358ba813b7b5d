package com.example.commerce.command.payment.adapter;

import com.example.commerce.api.common.Money;
import com.example.commerce.command.payment.PaymentGateway;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * The Toss Payments gateway: confirms a payment the customer authorised in Toss's payment window, whose
 * {@code paymentKey} is the customer's payment token, and cancels it to refund.
 */
public class TossPaymentsGateway implements PaymentGateway {

    private static final String PROVIDER = "toss";

    private final ProviderHttp http;
    private final String authorization;

    public TossPaymentsGateway(String baseUrl, String secretKey) {
        this(new ProviderHttp(PROVIDER, baseUrl), secretKey);
    }

    TossPaymentsGateway(ProviderHttp http, String secretKey) {
        this.http = http;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((secretKey + ":").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Authorization authorize(Charge charge) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paymentKey", charge.paymentToken());
        // Toss refuses a confirm whose order or amount differ from the payment window's: a tampered amount fails.
        body.put("orderId", charge.orderId().value());
        body.put("amount", charge.amount().won());
        ProviderHttp.Reply reply = http.postJson("confirm", "/v1/payments/confirm", body,
                headers -> headers(headers, charge.paymentId().value()));
        if (reply.isSuccess()) {
            return byStatus(reply, charge.paymentToken());
        }
        String code = reply.text("code");
        if (reply.isClientError() && code != null) {
            return new Authorization.Declined(code);
        }
        throw http.unexpected("confirm of payment " + charge.paymentId(), reply, code);
    }

    @Override
    public String refund(Refund refund) {
        ProviderHttp.Reply reply = http.postJson("cancel", "/v1/payments/{paymentKey}/cancel",
                Map.of("cancelReason", "refund of payment " + refund.paymentId().value()),
                headers -> headers(headers, "refund-" + refund.paymentId().value()), refund.pgTransactionId());
        if (!reply.isSuccess()) {
            throw http.unexpected("cancel of payment " + refund.paymentId(), reply, reply.text("code"));
        }
        JsonNode cancels = reply.body().path("cancels");
        String transactionKey = cancels.path(cancels.size() - 1).path("transactionKey").asText("");
        return transactionKey.isEmpty() ? refund.pgTransactionId() : transactionKey;
    }

    private Authorization byStatus(ProviderHttp.Reply reply, String paymentKey) {
        String status = reply.text("status");
        if ("DONE".equals(status)) {
            Long totalAmount = reply.number("totalAmount");
            if (totalAmount == null) {
                throw http.unexpected("confirm", reply, "DONE without totalAmount");
            }
            String key = reply.text("paymentKey");
            return new Authorization.Approved(key != null ? key : paymentKey, Money.won(totalAmount));
        }
        if ("IN_PROGRESS".equals(status) || "WAITING_FOR_DEPOSIT".equals(status)) {
            return new Authorization.Pending();
        }
        if ("ABORTED".equals(status) || "EXPIRED".equals(status)) {
            String failure = reply.text("failure", "code");
            return new Authorization.Declined(failure != null ? failure : status);
        }
        throw http.unexpected("confirm", reply, "status " + status);
    }

    private void headers(HttpHeaders headers, String idempotencyKey) {
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
        // Toss replays its first answer to a repeated key for 15 days, so a retried call never acts twice.
        headers.set("Idempotency-Key", idempotencyKey);
    }
}
