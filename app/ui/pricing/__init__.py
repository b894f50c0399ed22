"""价格方案 and 调价: define list prices, try them on the units (试算), submit, approve."""
