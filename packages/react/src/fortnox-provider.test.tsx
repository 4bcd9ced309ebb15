import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FortnoxProvider, useFortnoxContext } from './fortnox-provider.js';

function ShowContext() {
  const { baseUrl, locale, role } = useFortnoxContext();
  return <p>{`${baseUrl} ${locale} ${role}`}</p>;
}

describe('FortnoxProvider', () => {
  it('defaults to Swedish and a non-admin user, and trims the trailing slash', () => {
    render(
      <FortnoxProvider baseUrl="/api/fortnox/">
        <ShowContext />
      </FortnoxProvider>,
    );
    expect(screen.getByText('/api/fortnox sv user')).toBeInTheDocument();
  });

  it('tells the developer to add the provider when it is missing', () => {
    expect(() => render(<ShowContext />)).toThrow(/inside <FortnoxProvider/);
  });
});
