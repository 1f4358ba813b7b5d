/** The order read endpoints: a customer's or every order, one order, and its live updates as server-sent events. */
package com.example.commerce.query.orderview.web;
