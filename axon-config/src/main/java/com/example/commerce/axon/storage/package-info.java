/** Axon's event, token, saga and dead-letter stores on the application's database through JDBC. */
package com.example.commerce.axon.storage;
