<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>%n conflict(s) of interest recorded</source>
        <translation>
            <numerusform>%n conflict of interest recorded</numerusform>
            <numerusform>%n conflicts of interest recorded</numerusform>
        </translation>
    </message>
</context>
</TS>
