/** The order process: one saga per order drives stock, payment, delivery and the two deadlines. */
package com.example.commerce.command.orderprocess;
