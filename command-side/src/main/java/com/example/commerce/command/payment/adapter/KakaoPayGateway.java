package com.example.commerce.command.payment.adapter;

import com.example.commerce.api.common.Money;
import com.example.commerce.command.payment.PaymentGateway;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * The KakaoPay gateway: approves a single payment the customer authorised in KakaoPay, and cancels it to refund.
 *
 * <p>The customer's payment token is {@code tid:pg_token}: the {@code tid} the payment-ready call answered and
 * the {@code pg_token} KakaoPay appended to the approval URL. That ready call must have used our order id as
 * both {@code partner_order_id} and {@code partner_user_id}, because approval has to repeat them and a charge
 * carries no customer. The transaction id recorded for an approved payment is the {@code tid}, which is what
 * a cancel needs.
 */
public class KakaoPayGateway implements PaymentGateway {

    private static final String PROVIDER = "kakaopay";

    private final ProviderHttp http;
    private final String authorization;
    private final String cid;

    public KakaoPayGateway(String baseUrl, String secretKey, String cid) {
        this(new ProviderHttp(PROVIDER, baseUrl), secretKey, cid);
    }

    KakaoPayGateway(ProviderHttp http, String secretKey, String cid) {
        this.http = http;
        this.authorization = "SECRET_KEY " + secretKey;
        this.cid = cid;
    }

    @Override
    public Authorization authorize(Charge charge) {
        String token = charge.paymentToken();
        int separator = token.indexOf(':');
        if (separator <= 0 || separator == token.length() - 1) {
            return new Authorization.Declined("invalid_payment_token");
        }
        String tid = token.substring(0, separator);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cid", cid);
        body.put("tid", tid);
        body.put("partner_order_id", charge.orderId().value());
        body.put("partner_user_id", charge.orderId().value());
        body.put("pg_token", token.substring(separator + 1));
        ProviderHttp.Reply reply = http.postJson("approve", "/online/v1/payment/approve", body, this::headers);
        if (reply.isSuccess()) {
            Long total = reply.number("amount", "total");
            if (total == null) {
                throw http.unexpected("approve of payment " + charge.paymentId(), reply, "no amount.total");
            }
            String approvedTid = reply.text("tid");
            return new Authorization.Approved(approvedTid != null ? approvedTid : tid, Money.won(total));
        }
        String errorCode = reply.text("error_code");
        if (reply.isClientError() && errorCode != null) {
            // The payment method's own result (a locked card, no balance) says more than KakaoPay's generic code.
            String methodResult = reply.text("extras", "method_result_code");
            return new Authorization.Declined(methodResult != null ? errorCode + ":" + methodResult : errorCode);
        }
        throw http.unexpected("approve of payment " + charge.paymentId(), reply, errorCode);
    }

    @Override
    public String refund(Refund refund) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cid", cid);
        body.put("tid", refund.pgTransactionId());
        body.put("cancel_amount", refund.amount().won());
        body.put("cancel_tax_free_amount", 0);
        ProviderHttp.Reply reply = http.postJson("cancel", "/online/v1/payment/cancel", body, this::headers);
        if (!reply.isSuccess()) {
            throw http.unexpected("cancel of payment " + refund.paymentId(), reply, reply.text("error_code"));
        }
        String aid = reply.text("aid");
        return aid != null ? aid : refund.pgTransactionId();
    }

    private void headers(HttpHeaders headers) {
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
    }
}
