package com.example.commerce.query.coupon.web;

import com.example.commerce.api.error.NotFound;
import com.example.commerce.query.coupon.CouponReader;
import com.example.commerce.query.coupon.CouponView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One coupon with how often it is used. ADMIN only. */
@RestController
public class CouponController {

    private final CouponReader coupons;

    public CouponController(CouponReader coupons) {
        this.coupons = coupons;
    }

    @GetMapping("/api/admin/coupons/{code}")
    public CouponView coupon(@PathVariable String code) {
        return coupons.coupon(code).orElseThrow(() -> new NotFound("coupon", code));
    }
}
