/** Payments of orders through payment gateways: the port, the Payment aggregate, settlement and webhooks. */
package com.example.commerce.command.payment;
