"""One small module of texts per letter kind (B1 Dutch source; English in the translation files).

Each module has `compose(c: Context, translate) -> Body`. `translate` is the letter language's
translator (see ../language.py); the calls stay literal so lupdate can collect them.
"""
