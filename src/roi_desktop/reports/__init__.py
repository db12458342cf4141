"""Reports from a calculation result: number formatting, the PDF report and the Excel workbook. No Qt."""
