"""Words the widgets show that Qt's translations do not hold: field texts, problem messages, result
sentences, and loading the translations."""
