package com.example.commerce.command.payment.adapter;

import com.example.commerce.api.common.Money;
import com.example.commerce.command.payment.PaymentGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The Stripe gateway: creates and confirms a PaymentIntent with the customer's PaymentMethod id as payment
 * token, and refunds it.
 */
public class StripeGateway implements PaymentGateway {

    private static final String PROVIDER = "stripe";

    private final ProviderHttp http;
    private final String authorization;

    public StripeGateway(String baseUrl, String secretKey) {
        this(new ProviderHttp(PROVIDER, baseUrl), secretKey);
    }

    StripeGateway(ProviderHttp http, String secretKey) {
        this.http = http;
        this.authorization = "Bearer " + secretKey;
    }

    @Override
    public Authorization authorize(Charge charge) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        // KRW is a zero-decimal currency for Stripe: the amount is in won, not in hundredths.
        form.add("amount", Long.toString(charge.amount().won()));
        form.add("currency", "krw");
        form.add("payment_method", charge.paymentToken());
        form.add("confirm", "true");
        // Without this Stripe demands a return_url, since a dashboard-enabled method might redirect the customer.
        form.add("automatic_payment_methods[enabled]", "true");
        form.add("automatic_payment_methods[allow_redirects]", "never");
        form.add("metadata[order_id]", charge.orderId().value());
        form.add("metadata[payment_id]", charge.paymentId().value());
        ProviderHttp.Reply reply = http.postForm("payment intent", "/v1/payment_intents", form,
                headers -> headers(headers, charge.paymentId().value()));
        if (reply.isSuccess()) {
            return byStatus(reply, charge);
        }
        String reason = firstOf(reply.text("error", "decline_code"), reply.text("error", "code"));
        if (reply.isClientError() && reason != null) {
            return new Authorization.Declined(reason);
        }
        throw http.unexpected("payment intent of payment " + charge.paymentId(), reply,
                firstOf(reason, reply.text("error", "type")));
    }

    @Override
    public String refund(Refund refund) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("payment_intent", refund.pgTransactionId());
        ProviderHttp.Reply reply = http.postForm("refund", "/v1/refunds", form,
                headers -> headers(headers, "refund-" + refund.paymentId().value()));
        String status = reply.text("status");
        String id = reply.text("id");
        if (!reply.isSuccess() || id == null || "failed".equals(status) || "canceled".equals(status)) {
            throw http.unexpected("refund of payment " + refund.paymentId(), reply,
                    firstOf(reply.text("error", "code"), status));
        }
        return id;
    }

    private Authorization byStatus(ProviderHttp.Reply reply, Charge charge) {
        String status = reply.text("status");
        if ("succeeded".equals(status)) {
            String id = reply.text("id");
            Long amount = reply.number("amount");
            if (id == null || amount == null) {
                throw http.unexpected("payment intent of payment " + charge.paymentId(), reply,
                        "succeeded without id or amount");
            }
            return new Authorization.Approved(id, Money.won(amount));
        }
        if ("processing".equals(status) || "requires_action".equals(status)) {
            return new Authorization.Pending();
        }
        if ("requires_payment_method".equals(status) || "canceled".equals(status)) {
            String reason = firstOf(reply.text("last_payment_error", "decline_code"),
                    reply.text("last_payment_error", "code"));
            return new Authorization.Declined(reason != null ? reason : status);
        }
        throw http.unexpected("payment intent of payment " + charge.paymentId(), reply, "status " + status);
    }

    private void headers(HttpHeaders headers, String idempotencyKey) {
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
        // Stripe replays its first answer to a repeated key for at least 24 hours: a retried call never acts twice.
        headers.set("Idempotency-Key", idempotencyKey);
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }
}
