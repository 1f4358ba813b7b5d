/** The language of the system, shared by the command side and the query side: messages and value objects. */
package com.example.commerce.api;
