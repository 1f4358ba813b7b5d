/** The public catalog endpoints: categories, product search and one product. */
package com.example.commerce.query.catalog.web;
