"""Names of the model's inputs as a reader sees them (tornado bars, risk tables, sentences): one name per
field everywhere outside Qt widgets. Keys are ``field.<name>`` with the field's name in the .roi format."""

EN: dict[str, str | tuple[str, ...]] = {
    "field.churn_change_pp": "Churn change (pp)",
    "field.service_spend_change": "Service spend change",
    "field.one_off_cost": "One-off cost",
    "field.extra_annual_cost": "Extra annual cost",
    "field.revenue_per_customer_change": "Revenue per customer change",
    "field.customers": "Customers",
    "field.annual_revenue_per_customer": "Annual revenue per customer",
    "field.gross_margin": "Gross margin",
    "field.annual_churn_rate": "Annual churn rate",
    "field.annual_new_customers": "New customers per year",
    "field.annual_service_spend": "Annual service spend",
    "field.discount_rate": "Discount rate",
}

PL: dict[str, str | tuple[str, ...]] = {
    "field.churn_change_pp": "Zmiana odejść klientów (p.p.)",
    "field.service_spend_change": "Zmiana wydatków na obsługę",
    "field.one_off_cost": "Koszt jednorazowy",
    "field.extra_annual_cost": "Dodatkowy koszt roczny",
    "field.revenue_per_customer_change": "Zmiana przychodu na klienta",
    "field.customers": "Liczba klientów",
    "field.annual_revenue_per_customer": "Roczny przychód na klienta",
    "field.gross_margin": "Marża brutto",
    "field.annual_churn_rate": "Roczny wskaźnik odejść",
    "field.annual_new_customers": "Nowi klienci rocznie",
    "field.annual_service_spend": "Roczne wydatki na obsługę",
    "field.discount_rate": "Stopa dyskontowa",
}
