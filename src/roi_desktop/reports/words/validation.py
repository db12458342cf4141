"""Words of input problems (core.errors.Problem codes): what the CLI, the reports and the app say.

Keys are ``validation.<code>``; ``reports.problem_words.problem_text`` fills them from the problem's
params. The English reads as the developer message the core keeps for logs.
"""

EN: dict[str, str | tuple[str, ...]] = {
    "validation.number": "a number",
    "validation.whole_number": "a whole number",
    "validation.at_least": "at least {v}",
    "validation.greater_than": "greater than {v}",
    "validation.at_most": "at most {v}",
    "validation.less_than": "less than {v}",
    "validation.range": "{kind} {left} and {right}",
    "validation.out_of_range": "must be {range}, got {got}",
    "validation.not_a_number": "must be {range}, got {got_type} {got}",
    "validation.not_text": "must be text, got {got_type}",
    "validation.empty": "must not be empty",
    "validation.too_long": "must be at most {max} characters, got {got}",
    "validation.control_characters": "must not contain control characters (line breaks, tabs, escapes)",
    "validation.control_characters_notes": "must not contain control characters",
    "validation.unwritable_character": ("holds a character that cannot be saved as UTF-8 ({code_point}, a lone "
                                        "surrogate, character {position}); retype it"),
    "validation.not_one_of": "must be {allowed}, got {got}",
    "validation.or": " or ",
    "validation.not_a_currency": "must be a three-letter ISO 4217 code such as PLN or EUR, got {got}",
    "validation.ranges_not_a_mapping": "must be a mapping of field name to {low, high}",
    "validation.range_not_allowed": "no range can be given for this field; allowed: {allowed}",
    "validation.not_a_range": "must be a range with low and high",
    "validation.outside_range": "low ({low}) <= value ({point}) <= high ({high}) must hold",
    "validation.churn_outside_range": ("churn_change_low_pp ({low}) <= churn_change_pp ({point}) "
                                       "<= churn_change_high_pp ({high}) must hold"),
    "validation.amounts_not_a_list": "must be a list of amounts for Year 0..T",
    "validation.not_a_custom_line": "must be a custom line",
    "validation.duplicate_line_name": "{name} is used by another line already",
    "validation.too_many_scenarios": "at most {max} scenarios, got {got}",
    "validation.amount_count": "must have {expected} amounts (Year 0 to Year {last_year}), got {got}",
    "validation.problems_in": ("{where} has {n} problem:", "{where} has {n} problems:"),
    "validation.the_input": "the input",
}

PL: dict[str, str | tuple[str, ...]] = {
    "validation.number": "liczbą",
    "validation.whole_number": "liczbą całkowitą",
    "validation.at_least": "co najmniej {v}",
    "validation.greater_than": "większą niż {v}",
    "validation.at_most": "co najwyżej {v}",
    "validation.less_than": "mniejszą niż {v}",
    "validation.range": "{kind} {left} i {right}",
    "validation.out_of_range": "musi być {range}, podano {got}",
    "validation.not_a_number": "musi być {range}, podano {got_type} {got}",
    "validation.not_text": "musi być tekstem, podano {got_type}",
    "validation.empty": "nie może być puste",
    "validation.too_long": "może mieć najwyżej {max} znaków, ma {got}",
    "validation.control_characters": "nie może zawierać znaków sterujących (podziałów wiersza, tabulacji)",
    "validation.control_characters_notes": "nie może zawierać znaków sterujących",
    "validation.unwritable_character": ("zawiera znak, którego nie da się zapisać w UTF-8 ({code_point}, "
                                        "samotny surogat, znak {position}); wpisz go ponownie"),
    "validation.not_one_of": "musi być jednym z: {allowed}; podano {got}",
    "validation.or": ", ",
    "validation.not_a_currency": "musi być trzyliterowym kodem ISO 4217, np. PLN lub EUR; podano {got}",
    "validation.ranges_not_a_mapping": "musi być słownikiem: nazwa pola -> {low, high}",
    "validation.range_not_allowed": "dla tego pola nie można podać zakresu; dozwolone: {allowed}",
    "validation.not_a_range": "musi być zakresem z wartościami low i high",
    "validation.outside_range": "musi zachodzić: dolna ({low}) <= wartość ({point}) <= górna ({high})",
    "validation.churn_outside_range": ("musi zachodzić: churn_change_low_pp ({low}) <= churn_change_pp ({point}) "
                                       "<= churn_change_high_pp ({high})"),
    "validation.amounts_not_a_list": "musi być listą kwot za Rok 0..T",
    "validation.not_a_custom_line": "musi być pozycją własną",
    "validation.duplicate_line_name": "{name}: tej nazwy używa już inna pozycja",
    "validation.too_many_scenarios": "najwyżej {max} scenariuszy, podano {got}",
    "validation.amount_count": "musi mieć {expected} kwot (od Roku 0 do Roku {last_year}), ma {got}",
    "validation.problems_in": ("{where}: {n} problem:", "{where}: {n} problemy:", "{where}: {n} problemów:",
                               "{where}: {n} problemu:"),
    "validation.the_input": "dane wejściowe",
}
