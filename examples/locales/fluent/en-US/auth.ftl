# Limited to one segment: please check with a segment calculator.
recovery-sms = Your { -brand } recovery code is { $code }.
    .short = { -brand } code: { $code }
