/** E-mails to customers at the moments that matter: paid, shipped, delivered, cancelled, completed. */
package com.example.commerce.command.notification;
