/** The one executable: which sides a node runs, security, accounts, the error contract, start-up checks. */
package com.example.commerce.app;
