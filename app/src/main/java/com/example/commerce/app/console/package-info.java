/** The operator console for auditors and admins, served by the application itself under /console. */
package com.example.commerce.app.console;
