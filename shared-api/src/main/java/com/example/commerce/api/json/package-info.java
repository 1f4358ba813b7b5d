/** How the shared language is written as JSON where the standard modules are too slow for bulk work. */
package com.example.commerce.api.json;
