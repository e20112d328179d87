import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DemoUser } from '../auth';
import { ErrorState, Loading } from '../components/ui';
import { problemOf } from '../errors';
import { useAuth } from '../hooks';

export function SignInPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [users, setUsers] = useState<DemoUser[]>();
  const [failed, setFailed] = useState<unknown>();

  useEffect(() => {
    if (auth.kind === 'local') auth.demoUsers().then(setUsers, setFailed);
  }, [auth]);

  if (auth.kind === 'cognito') {
    return (
      <section aria-labelledby="signin-title">
        <h1 id="signin-title">Sign in</h1>
        <button type="button" className="primary" onClick={() => void auth.signIn()}>
          Sign in or create an account
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="signin-title">
      <h1 id="signin-title">Sign in</h1>
      <p className="note">Local demo only: the local stack signs tokens for its demo users. A deployed stage signs in through Cognito.</p>
      {failed ? <ErrorState problem={problemOf(failed)} /> : null}
      {!users && !failed ? <Loading what="demo users" /> : null}
      <ul className="users">
        {users?.map((user) => (
          <li key={user.sub}>
            <button type="button" onClick={() => void auth.signIn(user).then(() => navigate('/'))}>
              Sign in as {user.name} ({user.admin ? 'admin' : 'customer'})
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CallbackPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState<unknown>();
  useEffect(() => {
    auth.completeSignIn().then(() => navigate('/', { replace: true }), setFailed);
  }, [auth, navigate]);
  return failed ? <ErrorState problem={problemOf(failed)} /> : <Loading what="your account" />;
}
