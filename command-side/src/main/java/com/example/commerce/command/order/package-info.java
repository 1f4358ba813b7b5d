/** The order: what was bought at which price, and the status it has reached. */
package com.example.commerce.command.order;
