/** Customer accounts: registration, credentials, profile. Kept out of the event store (personal data). */
package com.example.commerce.app.customer;
