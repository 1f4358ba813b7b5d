/** What every inbound webhook shares: the HMAC signature check and the log of raw deliveries. */
package com.example.commerce.command.webhook;
