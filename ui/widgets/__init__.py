"""Generic pieces every stage's screens share: the Qt import module, the table base model,
tasks on workers, the PDF viewer."""
