"""The calendar section (日历): due dates by month and day, my collection tasks, the task
dialog and the .ics export."""
