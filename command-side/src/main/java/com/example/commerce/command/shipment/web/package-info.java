/** Endpoints through which admins ship orders and carriers report on parcels. */
package com.example.commerce.command.shipment.web;
