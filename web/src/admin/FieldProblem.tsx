/** A refusal beside the field it names (the field points to it with `aria-describedby`); nothing when there is none. */
export function FieldProblem({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <small id={id} className="error field-problem" data-field-error>
      {message}
    </small>
  );
}
