/** Endpoints through which customers pay orders and payment providers report back. */
package com.example.commerce.command.payment.web;
