import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { endSession } from './session';

export function useSignOut(): () => void {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(() => {
    endSession('signedOut');
    void client.clearStore();
    navigate('/login', { replace: true });
  }, [client, navigate]);
}
