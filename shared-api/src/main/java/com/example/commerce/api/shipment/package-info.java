/** Messages of a parcel handed to a carrier: created, in transit, delivered. */
package com.example.commerce.api.shipment;
