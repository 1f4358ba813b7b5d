/** Bearer tokens, roles, staff accounts and login throttling; webhooks are left to their signatures. */
package com.example.commerce.app.security;
