//! Decimal text to `f64` without core's float parser.

/// Powers of ten that are exact as `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The value of a checked, unsigned JSON number, without core's float
/// parser (its tables would add ~15 KB gzipped to the wasm, and bundles hold
/// only integers). Correctly rounded for integers of up to 19 digits and for
/// up to 15 significant digits with an exponent within ±22 (one rounding);
/// otherwise within a few units in the last place, except for subnormals,
/// and values within about 1e-14 of `f64::MAX` may overflow.
pub(super) fn decimal(text: &str) -> f64 {
    let (mut mantissa, mut exp10, mut fraction) = (0u64, 0i64, false);
    let mut bytes = text.bytes();
    for b in bytes.by_ref() {
        match b {
            b'.' => fraction = true,
            b'e' | b'E' => break,
            // Keep 19 significant digits; later ones only scale the value.
            _ if mantissa < 1_000_000_000_000_000_000 => {
                mantissa = mantissa * 10 + u64::from(b.wrapping_sub(b'0'));
                exp10 -= i64::from(fraction);
            }
            _ => exp10 += i64::from(!fraction),
        }
    }
    let (mut sign, mut exponent) = (1, 0i64);
    for b in bytes {
        match b {
            b'-' => sign = -1,
            b'+' => {}
            _ => exponent = (exponent * 10 + i64::from(b.wrapping_sub(b'0'))).min(1 << 20),
        }
    }
    exp10 += sign * exponent;
    let mut value = mantissa as f64;
    while exp10 > 22 && value != 0.0 && value.is_finite() {
        value *= 1e22;
        exp10 -= 22;
    }
    while exp10 < -22 && value != 0.0 {
        value /= 1e22;
        exp10 += 22;
    }
    let power = POW10
        .get(exp10.unsigned_abs() as usize)
        .copied()
        .unwrap_or(1.0);
    if exp10 >= 0 {
        value * power
    } else {
        value / power
    }
}
