/** Admin endpoints that change the catalog. */
package com.example.commerce.command.catalog.web;
