/** Endpoints through which customers place, cancel and confirm orders. */
package com.example.commerce.command.order.web;
