# Limited to one segment: please check with a segment calculator.
recovery-sms = Ihr { -brand }-Wiederherstellungscode lautet { $code }. Geben Sie ihn nicht weiter – auch nicht an „Support“.
    .short = { -brand }-Code: { $code }
