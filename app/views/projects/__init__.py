"""项目: the project board and list, quote, contract, stages, payment plans, report release and
invoice requests.
"""
