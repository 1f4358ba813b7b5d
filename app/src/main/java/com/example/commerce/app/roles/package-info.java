/** Which side(s) of the system this node runs: {@code commerce.roles}, {@code command,query} by default. */
package com.example.commerce.app.roles;
