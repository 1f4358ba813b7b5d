/** The order process: one saga per cancelled or delivered order gives back, refunds and confirms. */
package com.example.commerce.command.orderprocess;
