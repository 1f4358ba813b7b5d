package com.example.commerce.command.payment.web;

import com.example.commerce.command.payment.PaymentWebhooks;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Payment providers' reports; authenticated by their HMAC signature, not by a bearer token. */
@RestController
public class PaymentWebhookController {

    private final PaymentWebhooks webhooks;

    public PaymentWebhookController(PaymentWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(path = "/api/webhooks/payments/{provider}", consumes = "application/json")
    public Map<String, String> receive(@PathVariable String provider, @RequestBody byte[] body,
                                       @RequestHeader(name = "X-Signature", required = false) String signature) {
        return webhooks.receive(provider, body, signature);
    }
}
