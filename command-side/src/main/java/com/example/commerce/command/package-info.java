/** The write side: aggregates, the order process, gateways to the outside world, command endpoints. */
package com.example.commerce.command;
