/** The one Jackson mapper that writes every stored message and saga; independent of Spring's web mapper. */
package com.example.commerce.axon.serialization;
