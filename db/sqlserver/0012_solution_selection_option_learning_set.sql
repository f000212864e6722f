-- An action learning set option may name the set the learner would join. The set belongs to the
-- learning sets module, so the id is a plain GUID with no foreign key; the application checks it.
ALTER TABLE ss_options ADD learning_set_id UNIQUEIDENTIFIER NULL;
