/** Admin endpoints that change stock. */
package com.example.commerce.command.inventory.web;
