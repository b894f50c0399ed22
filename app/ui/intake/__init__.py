"""Walk-in intake (来访登记): the front desk's phone-first form and the day's duty rotation."""
